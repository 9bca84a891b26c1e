-- core_t_386: table 386 of the core module
CREATE TABLE core_t_386 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_386_name_idx ON core_t_386 (name);
INSERT INTO core_t_386 (name) VALUES ('first row of core_t_386'), ('second row');
