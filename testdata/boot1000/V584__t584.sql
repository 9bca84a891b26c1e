-- core_t_584: table 584 of the core module
CREATE TABLE core_t_584 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_584_name_idx ON core_t_584 (name);
INSERT INTO core_t_584 (name) VALUES ('first row of core_t_584'), ('second row');
