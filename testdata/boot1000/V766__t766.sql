-- core_t_766: table 766 of the core module
CREATE TABLE core_t_766 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_766_name_idx ON core_t_766 (name);
INSERT INTO core_t_766 (name) VALUES ('first row of core_t_766'), ('second row');
