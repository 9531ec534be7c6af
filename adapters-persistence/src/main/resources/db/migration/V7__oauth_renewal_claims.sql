-- Nodes sharing the database renew an account's token one at a time: a refresh token that rotates can be spent
-- once, and a second node spending the old one would be refused and mark a healthy account expired.
ALTER TABLE oauth_grants ADD COLUMN renewing_until timestamptz NULL;
