-- core_t_546: table 546 of the core module
CREATE TABLE core_t_546 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_546_name_idx ON core_t_546 (name);
INSERT INTO core_t_546 (name) VALUES ('first row of core_t_546'), ('second row');
