-- core_t_704: table 704 of the core module
CREATE TABLE core_t_704 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_704_name_idx ON core_t_704 (name);
INSERT INTO core_t_704 (name) VALUES ('first row of core_t_704'), ('second row');
