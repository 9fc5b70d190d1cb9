-- Issue 14, item 5: a small knowledge base. Articles per product and topic, each with links to the
-- product's documentation, help and forum; staff send them to a caller from a phone call, clients
-- read the published ones in the portal.
CREATE TABLE kb_article (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT        NOT NULL,
    topic_id    BIGINT,
    language    VARCHAR(2)    NOT NULL DEFAULT 'bg',
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(500)  NOT NULL,
    body        TEXT          NOT NULL,
    doc_link    VARCHAR(500),
    help_link   VARCHAR(500),
    forum_link  VARCHAR(500),
    published   BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at  DATETIME(3)   NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT kb_article_product_fk FOREIGN KEY (product_id) REFERENCES learning_product (id),
    CONSTRAINT kb_article_topic_fk FOREIGN KEY (topic_id) REFERENCES learning_topic (id),
    CONSTRAINT kb_article_language CHECK (language IN ('bg', 'en')),
    INDEX kb_article_product (product_id, topic_id, published)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- which articles a consultant sent from a call, to which address, when
CREATE TABLE phone_call_article (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id     BIGINT        NOT NULL,
    article_id  BIGINT        NOT NULL,
    sent_to     VARCHAR(254)  NOT NULL,
    sent_by     VARCHAR(100)  NOT NULL,
    sent_at     DATETIME(3)   NOT NULL,
    CONSTRAINT phone_call_article_call_fk FOREIGN KEY (call_id) REFERENCES phone_call (id) ON DELETE CASCADE,
    CONSTRAINT phone_call_article_article_fk FOREIGN KEY (article_id) REFERENCES kb_article (id),
    INDEX phone_call_article_call (call_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
