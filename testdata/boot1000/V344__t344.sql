-- core_t_344: table 344 of the core module
CREATE TABLE core_t_344 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_344_name_idx ON core_t_344 (name);
INSERT INTO core_t_344 (name) VALUES ('first row of core_t_344'), ('second row');
