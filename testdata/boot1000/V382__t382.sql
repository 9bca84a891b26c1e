-- core_t_382: table 382 of the core module
CREATE TABLE core_t_382 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_382_name_idx ON core_t_382 (name);
INSERT INTO core_t_382 (name) VALUES ('first row of core_t_382'), ('second row');
