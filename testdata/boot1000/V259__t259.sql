-- core_t_259: table 259 of the core module
CREATE TABLE core_t_259 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_259_name_idx ON core_t_259 (name);
