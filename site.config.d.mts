export declare const SITE_URL: string;
export declare const BASE_PATH: string;
export declare const SITE_NAME: string;
export declare const SITE_SHORT_NAME: string;
