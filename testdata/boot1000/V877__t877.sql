-- core_t_877: table 877 of the core module
CREATE TABLE core_t_877 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_877_name_idx ON core_t_877 (name);
