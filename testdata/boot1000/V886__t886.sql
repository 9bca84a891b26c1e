-- core_t_886: table 886 of the core module
CREATE TABLE core_t_886 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_886_name_idx ON core_t_886 (name);
INSERT INTO core_t_886 (name) VALUES ('first row of core_t_886'), ('second row');
