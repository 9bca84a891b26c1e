-- core_t_624: table 624 of the core module
CREATE TABLE core_t_624 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_624_name_idx ON core_t_624 (name);
INSERT INTO core_t_624 (name) VALUES ('first row of core_t_624'), ('second row');
