-- Oskari core: users, roles and map layers.
CREATE TABLE oskari_users (
    id bigserial PRIMARY KEY,
    user_name character varying(128) NOT NULL UNIQUE,
    first_name character varying(128),
    last_name character varying(128),
    uuid character varying(64) NOT NULL UNIQUE,
    attributes text DEFAULT '{}'
);

CREATE TABLE oskari_roles (
    id bigserial PRIMARY KEY,
    name character varying(100) NOT NULL UNIQUE,
    is_guest boolean DEFAULT false
);

CREATE TABLE oskari_role_oskari_user (
    id serial PRIMARY KEY,
    role_id bigint REFERENCES oskari_roles(id) ON DELETE CASCADE,
    user_id bigint REFERENCES oskari_users(id) ON DELETE CASCADE
);

CREATE TABLE oskari_maplayer (
    id serial PRIMARY KEY,
    type character varying(64) NOT NULL,
    url character varying(2048),
    name character varying(2048),
    locale text,
    attributes text DEFAULT '{}',
    created timestamp with time zone DEFAULT now(),
    updated timestamp with time zone
);