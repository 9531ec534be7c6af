-- Users' own accounts serve their platform's embedding model too, as accounts bound from now on do (the list is
-- PlatformInfo.defaultEmbeddingModels); the admin's pool accounts keep the models the admin gave them.
UPDATE provider_accounts AS a
SET models = a.models || e.model
FROM (VALUES ('mock', 'mock-embedding'),
             ('openai', 'text-embedding-3-small'),
             ('dashscope', 'text-embedding-v3'),
             ('dashscope_native', 'text-embedding-v3'),
             ('qianfan', 'embedding-v1'),
             ('ernie_v1', 'embedding-v1'),
             ('glm', 'embedding-3')) AS e (platform, model)
WHERE a.owner_id IS NOT NULL
  AND a.platform = e.platform
  AND NOT (e.model = ANY (a.models));
