-- Users belong to a named group, so an admin can set the price ratio of many users at once.
-- Billing keeps reading each user's own users.group_ratio; setting a group's ratio writes it to its users.
ALTER TABLE users ADD COLUMN group_name text NOT NULL DEFAULT 'default'
    CHECK (length(group_name) BETWEEN 1 AND 40);
CREATE INDEX users_by_group ON users (group_name);
