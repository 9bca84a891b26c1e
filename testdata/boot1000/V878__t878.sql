-- core_t_878: table 878 of the core module
CREATE TABLE core_t_878 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_878_name_idx ON core_t_878 (name);
INSERT INTO core_t_878 (name) VALUES ('first row of core_t_878'), ('second row');
