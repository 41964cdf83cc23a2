-- When each live application's paid period ends, so the expiry watch finds them without reading documents.
alter table application_view add column expires_at timestamptz;
create index application_view_expiry on application_view (expires_at) where status = 'LIVE';
