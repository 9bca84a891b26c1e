-- core_t_994: table 994 of the core module
CREATE TABLE core_t_994 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_994_name_idx ON core_t_994 (name);
INSERT INTO core_t_994 (name) VALUES ('first row of core_t_994'), ('second row');
