/** A throwaway self-signed certificate for the fixture server (ok.ru is HSTS-preloaded). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HOSTS = ['vk.com', '*.vk.com', 'vk.ru', '*.vk.ru', 'ok.ru', '*.ok.ru', 'localhost'];

export function ensureCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    const san = ['IP:127.0.0.1', ...HOSTS.map((host) => `DNS:${host}`)].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=otklik-fixtures',
        '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath],
      { stdio: 'pipe' },
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
