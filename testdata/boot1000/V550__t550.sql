-- core_t_550: table 550 of the core module
CREATE TABLE core_t_550 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_550_name_idx ON core_t_550 (name);
INSERT INTO core_t_550 (name) VALUES ('first row of core_t_550'), ('second row');
