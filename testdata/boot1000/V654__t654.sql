-- core_t_654: table 654 of the core module
CREATE TABLE core_t_654 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_654_name_idx ON core_t_654 (name);
INSERT INTO core_t_654 (name) VALUES ('first row of core_t_654'), ('second row');
