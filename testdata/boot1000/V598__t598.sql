-- core_t_598: table 598 of the core module
CREATE TABLE core_t_598 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_598_name_idx ON core_t_598 (name);
INSERT INTO core_t_598 (name) VALUES ('first row of core_t_598'), ('second row');
