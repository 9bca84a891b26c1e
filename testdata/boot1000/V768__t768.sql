-- core_t_768: table 768 of the core module
CREATE TABLE core_t_768 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_768_name_idx ON core_t_768 (name);
INSERT INTO core_t_768 (name) VALUES ('first row of core_t_768'), ('second row');
