-- core_t_662: table 662 of the core module
CREATE TABLE core_t_662 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_662_name_idx ON core_t_662 (name);
INSERT INTO core_t_662 (name) VALUES ('first row of core_t_662'), ('second row');
