package app.stride.account;

/** An admin changed an account's role or enabled flag: its sessions must catch up. */
record AccountChanged(long id) {
}
