-- core_t_308: table 308 of the core module
CREATE TABLE core_t_308 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_308_name_idx ON core_t_308 (name);
INSERT INTO core_t_308 (name) VALUES ('first row of core_t_308'), ('second row');
