-- core_t_912: table 912 of the core module
CREATE TABLE core_t_912 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_912_name_idx ON core_t_912 (name);
INSERT INTO core_t_912 (name) VALUES ('first row of core_t_912'), ('second row');
