-- core_t_778: table 778 of the core module
CREATE TABLE core_t_778 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_778_name_idx ON core_t_778 (name);
INSERT INTO core_t_778 (name) VALUES ('first row of core_t_778'), ('second row');
