-- core_t_726: table 726 of the core module
CREATE TABLE core_t_726 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_726_name_idx ON core_t_726 (name);
INSERT INTO core_t_726 (name) VALUES ('first row of core_t_726'), ('second row');
