-- core_t_712: table 712 of the core module
CREATE TABLE core_t_712 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_712_name_idx ON core_t_712 (name);
INSERT INTO core_t_712 (name) VALUES ('first row of core_t_712'), ('second row');
