"""Staff tools: accounts and roles, drafts and publishing, verification, import/export, audit log, console and API."""
