-- An admin can disable an account: its open sessions end on their next request, and it cannot sign in.
alter table app_user add column enabled boolean default true not null;
-- A display name has at most 80 code points; one outside the BMP (an emoji) takes two UTF-16 units.
alter table app_user alter column display_name set data type varchar(160);
