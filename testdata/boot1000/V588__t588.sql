-- core_t_588: table 588 of the core module
CREATE TABLE core_t_588 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_588_name_idx ON core_t_588 (name);
INSERT INTO core_t_588 (name) VALUES ('first row of core_t_588'), ('second row');
