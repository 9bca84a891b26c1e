-- core_t_242: table 242 of the core module
CREATE TABLE core_t_242 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_242_name_idx ON core_t_242 (name);
INSERT INTO core_t_242 (name) VALUES ('first row of core_t_242'), ('second row');
