-- core_t_685: table 685 of the core module
CREATE TABLE core_t_685 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_685_name_idx ON core_t_685 (name);
