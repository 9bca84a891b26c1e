-- core_t_790: table 790 of the core module
CREATE TABLE core_t_790 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_790_name_idx ON core_t_790 (name);
INSERT INTO core_t_790 (name) VALUES ('first row of core_t_790'), ('second row');
