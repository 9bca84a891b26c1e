-- core_t_822: table 822 of the core module
CREATE TABLE core_t_822 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_822_name_idx ON core_t_822 (name);
INSERT INTO core_t_822 (name) VALUES ('first row of core_t_822'), ('second row');
