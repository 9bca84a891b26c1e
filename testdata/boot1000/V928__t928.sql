-- core_t_928: table 928 of the core module
CREATE TABLE core_t_928 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_928_name_idx ON core_t_928 (name);
INSERT INTO core_t_928 (name) VALUES ('first row of core_t_928'), ('second row');
