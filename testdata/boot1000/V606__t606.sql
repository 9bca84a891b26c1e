-- core_t_606: table 606 of the core module
CREATE TABLE core_t_606 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_606_name_idx ON core_t_606 (name);
INSERT INTO core_t_606 (name) VALUES ('first row of core_t_606'), ('second row');
