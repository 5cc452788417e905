"""Privacy helpers: take personal details out of a message before anything stores or classifies it."""
