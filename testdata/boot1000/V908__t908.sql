-- core_t_908: table 908 of the core module
CREATE TABLE core_t_908 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_908_name_idx ON core_t_908 (name);
INSERT INTO core_t_908 (name) VALUES ('first row of core_t_908'), ('second row');
