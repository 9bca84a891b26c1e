-- core_t_46: table 46 of the core module
CREATE TABLE core_t_46 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_46_name_idx ON core_t_46 (name);
INSERT INTO core_t_46 (name) VALUES ('first row of core_t_46'), ('second row');
