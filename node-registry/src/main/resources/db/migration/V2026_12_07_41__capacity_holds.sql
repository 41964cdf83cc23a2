-- Capacity held by orders at the checkout (city-nodes projection, rebuilt by replay).
alter table city_node_view add column held_tps            integer not null default 0;
alter table city_node_view add column held_storage_gb     integer not null default 0;
alter table city_node_view add column held_bandwidth_mbps integer not null default 0;
