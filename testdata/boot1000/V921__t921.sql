-- core_t_921: table 921 of the core module
CREATE TABLE core_t_921 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_921_name_idx ON core_t_921 (name);
