-- core_t_590: table 590 of the core module
CREATE TABLE core_t_590 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_590_name_idx ON core_t_590 (name);
INSERT INTO core_t_590 (name) VALUES ('first row of core_t_590'), ('second row');
