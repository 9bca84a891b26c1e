-- core_t_286: table 286 of the core module
CREATE TABLE core_t_286 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_286_name_idx ON core_t_286 (name);
INSERT INTO core_t_286 (name) VALUES ('first row of core_t_286'), ('second row');
