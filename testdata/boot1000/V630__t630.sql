-- core_t_630: table 630 of the core module
CREATE TABLE core_t_630 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_630_name_idx ON core_t_630 (name);
INSERT INTO core_t_630 (name) VALUES ('first row of core_t_630'), ('second row');
