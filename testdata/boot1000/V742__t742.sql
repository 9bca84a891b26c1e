-- core_t_742: table 742 of the core module
CREATE TABLE core_t_742 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_742_name_idx ON core_t_742 (name);
INSERT INTO core_t_742 (name) VALUES ('first row of core_t_742'), ('second row');
