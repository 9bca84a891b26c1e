-- core_t_932: table 932 of the core module
CREATE TABLE core_t_932 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_932_name_idx ON core_t_932 (name);
INSERT INTO core_t_932 (name) VALUES ('first row of core_t_932'), ('second row');
