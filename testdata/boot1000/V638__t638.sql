-- core_t_638: table 638 of the core module
CREATE TABLE core_t_638 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_638_name_idx ON core_t_638 (name);
INSERT INTO core_t_638 (name) VALUES ('first row of core_t_638'), ('second row');
